"""Writes every document of this folder."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arrangements  # noqa: E402
import others  # noqa: E402
import yearly  # noqa: E402

yearly.generate()
arrangements.generate()
others.generate()
