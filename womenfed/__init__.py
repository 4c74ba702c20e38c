"""womenfed: read Chinese Women's Federation (妇联) work reports as data.

>>> import womenfed
>>> corpus = womenfed.load_corpus("data/raw")  # doctest: +SKIP
>>> corpus.quantities[["text", "value", "unit", "indicator"]]  # doctest: +SKIP
"""

__version__ = "0.1.0"


def load_corpus(raw_dir, out_dir=None, **build_options):
    """Build (reusing cached reports) and load the tables of a folder of reports.

    See ``womenfed.corpus.load_corpus``; imported lazily so ``import womenfed`` stays cheap.
    """
    from .corpus import load_corpus as _load_corpus

    return _load_corpus(raw_dir, out_dir, **build_options)


def read_tables(out_dir, count_reposts: bool = True):
    """Open tables written by ``womenfed build`` (see ``womenfed.corpus.read_tables``)."""
    from .corpus import read_tables as _read_tables

    return _read_tables(out_dir, count_reposts=count_reposts)


def evaluate(tables, gold_dir, **options):
    """Score built tables against gold annotations (see ``womenfed.evaluation.evaluate``)."""
    from .evaluation import evaluate as _evaluate

    return _evaluate(tables, gold_dir, **options)
