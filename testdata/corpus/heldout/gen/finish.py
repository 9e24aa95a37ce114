#!/usr/bin/env python3
"""After gen.sh's single soffice run: move each exported PDF to its
corpus name and stamp it with its document's own date."""
import glob
import json
import os
import shutil

from common import out, work, finish_pdf, WORK

for lst in sorted(glob.glob(os.path.join(WORK, "topdf-*.json"))):
    for docx, pdf, day, producer in json.load(open(lst)):
        made = os.path.join(WORK, "pdf", os.path.splitext(docx)[0] + ".pdf")
        if not os.path.exists(made):
            raise SystemExit("finish: soffice made nothing from " + docx)
        shutil.copy(made, out(pdf))
        creator = "Microsoft® Word for Microsoft 365" if producer.startswith("Microsoft") else "Writer"
        finish_pdf(out(pdf), day, producer, creator)
