"""womenfed: read Chinese Women's Federation (妇联) work reports as data."""

__version__ = "0.1.0"
