"""The repost evaluation set from the command line: check the texts, score the repost stage.

    .venv/bin/python tools/repostset.py check   # texts in $WOMENFED_REPOST_SET vs the manifest
    .venv/bin/python tools/repostset.py score   # build them, pairwise precision/recall, wrong pairs

Exit codes: 0 fine, 1 problems found, 2 bad input or usage, 3 the texts are not laid out
(WOMENFED_REPOST_SET unset or its folder missing). The logic lives in womenfed.repostset;
eval/reposts/README.md explains the layout.
"""

import sys

from womenfed.repostset import main

if __name__ == "__main__":
    sys.exit(main())
