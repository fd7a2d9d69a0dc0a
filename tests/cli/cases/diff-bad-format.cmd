# A diff has three formats; any other is refused with a suggestion, exit 2.
args: diff samples/statutes/family-code.xml samples/drafts/family-code.xml --format markdwn
exit: 2
