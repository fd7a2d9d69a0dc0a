# concord import -o: the document is written to the file, nothing to stdout
args: import docs/examples/import-zakon.txt -o {tmp}/zakon.akn.xml
exit: 0
