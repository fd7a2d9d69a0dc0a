# The draft diff as Markdown for a pull-request comment: a table of the new and closed
# entries, the quotes and recommendations of new ones in a details block.
args: diff samples/statutes/family-code.xml samples/drafts/family-code.xml --format markdown --fail-on warning
exit: 1
