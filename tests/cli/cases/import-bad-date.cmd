# concord import: a malformed --date is a usage error
args: import docs/examples/import-zakon.txt --date 2025-15-01
exit: 2
