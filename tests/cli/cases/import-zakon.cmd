# concord import: a Russian law in plain text (Глава, Статья with captions, части, пункты 1), подпункты а), Приложение)
args: import docs/examples/import-zakon.txt --frbr /akn/xx/act/2025-01-15/zakon
exit: 0
