# The draft diff as JSON (schema concord.dev/diff/1): both sides of every entry, with
# the status, message, place and quote, and the summary counts.
args: diff samples/statutes/family-code.xml samples/drafts/family-code.xml --format json
exit: 0
