#!/usr/bin/env python3
"""Validates xAPI statements with Ralph's xAPI 1.0.3 models (pydantic): IRIs, UUIDs, language
maps, scores, timestamps, as an LRS that validates would.

    target/lrs-venv/bin/python scripts/xapi-validate.py STATEMENTS.json

STATEMENTS.json is a JSON array, as /reports/xapi.json sends. Exit status 1 if any is invalid.
"""
import json, sys

from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement

statements = json.load(open(sys.argv[1]))
invalid = 0
for s in statements:
    try:
        BaseXapiStatement.model_validate(s)
    except ValidationError as e:
        invalid += 1
        print(f"{s.get('id')}: {e}")
print(f"{len(statements) - invalid} of {len(statements)} statements valid")
sys.exit(1 if invalid or not statements else 0)
