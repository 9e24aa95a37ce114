"""Regenerate every document of the set."""
import rapid
import yearly

for mod in (rapid, yearly):
    for f in mod.ALL:
        f()
