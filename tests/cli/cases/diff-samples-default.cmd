# The same diff with the default --fail-on error: the new conflict is a warning, so
# nothing new reaches the threshold and the exit is 0 (one line per entry with -q).
args: diff samples/statutes/family-code.xml samples/drafts/family-code.xml -q
exit: 0
