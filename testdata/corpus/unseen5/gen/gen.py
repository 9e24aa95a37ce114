"""Writes every document of this folder; run through gen.sh."""
import docs
import mail
import pages

for fn in mail.ALL + pages.ALL + docs.ALL:
    fn()
