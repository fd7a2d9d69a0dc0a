# concord import --outline: structure, numbers and headings only, no text (instrument outlines)
args: import docs/examples/import-model-convention.md --treaty --outline --frbr /akn/xx/treaty/2025-01-15/model-convention
exit: 0
