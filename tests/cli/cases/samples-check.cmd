# The README's main job: the sample legal framework of the fictional Republic of
# Concordia (samples/statutes, 4 English and 4 Russian acts) in framework mode
# against the built-in packs. samples/README.md is the answer key: every finding
# below is designed or explained there. Error-level failures make the exit 1.
args: check samples/statutes --no-color
exit: 1
