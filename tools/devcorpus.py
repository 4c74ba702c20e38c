"""The development corpus from the command line: check, split, stats, evaluate.

    .venv/bin/python tools/devcorpus.py check      # texts in $WOMENFED_DEV_CORPUS vs manifest and gold
    .venv/bin/python tools/devcorpus.py split      # add the test|dev split to new manifest rows
    .venv/bin/python tools/devcorpus.py stats      # what each half covers
    .venv/bin/python tools/devcorpus.py evaluate [--split test|dev|both] [--write-accuracy]

Exit codes: 0 fine, 1 problems found, 2 bad input or usage, 3 the texts are not laid out
(WOMENFED_DEV_CORPUS unset or its folder missing). The logic lives in womenfed.devcorpus
(the notebook 06-validation uses it too); eval/dev/README.md explains the layout.
"""

import sys

from womenfed.devcorpus import main

if __name__ == "__main__":
    sys.exit(main())
