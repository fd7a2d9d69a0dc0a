# concord import: lines that cannot be placed are listed with their line; exit 2, nothing written
args: import docs/examples/import-unplaceable.txt -o {tmp}/out.xml
exit: 2
