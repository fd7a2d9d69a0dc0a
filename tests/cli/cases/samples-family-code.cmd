# One Russian act on its own (per-document mode): the Family Code against the rules
# of its subject (family), with the marriage-age exception and the marriage bar for
# persons declared incapable as conflicts, and the gaps a family code alone leaves.
args: check samples/statutes/family-code.xml --no-color
exit: 1
