"""Regenerate every document of the set."""
import arrangements
import others
import practice
import rapid
import yearly

for mod in (rapid, yearly, arrangements, practice, others):
    for f in mod.ALL:
        f()
