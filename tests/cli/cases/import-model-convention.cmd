# concord import: a Markdown treaty (docs/examples) -> Akoma Ntoso 3.0, with preamble recitals,
# parts, captions, paragraphs, lettered and roman points, an annex with its own articles
args: import docs/examples/import-model-convention.md --treaty --frbr /akn/xx/treaty/2025-01-15/model-convention
exit: 0
