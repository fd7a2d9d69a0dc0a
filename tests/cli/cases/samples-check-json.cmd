# The same run as samples-check, as a JSON report: every norm and every finding,
# met ones included, with their evidence. --rules rules names the built-in packs
# by a relative path so that the pack and rule-file paths in the report do not
# depend on where the source tree lies.
args: check samples/statutes --rules rules --format json
exit: 1
