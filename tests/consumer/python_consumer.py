"""The installed Python module, used as a user would: prints precis's summary of the
documents in DOCS_DIR (60 words, a sentence a line), after checking that `import precis`
found the copy in SITE_DIR and not one in a build or source tree.

    PYTHONPATH=SITE_DIR python3 python_consumer.py SITE_DIR DOCS_DIR
"""

import os
import sys

import precis

site_dir, docs_dir = sys.argv[1], sys.argv[2]
if os.path.dirname(os.path.realpath(precis.__file__)) != os.path.realpath(site_dir):
    sys.exit(f"imported another precis: {precis.__file__}")
names = sorted(os.listdir(docs_dir))
texts = []
for name in names:
    with open(os.path.join(docs_dir, name), encoding="utf-8", newline="") as f:
        texts.append(f.read())
for sentence in precis.summarize(texts, names=names, words=60):
    print(sentence.text.replace("\r", " ").replace("\n", " "))
