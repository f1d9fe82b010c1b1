"""`python -m tests.dodam_cli ARGS…`: the `dodam` command as the tests run it in a process of its own.

The same entry point as `python -m desktop`, with the vault's minimum Argon2 costs lowered to the
suite's cheap profile (as tests/conftest.py does in-process): otherwise every log-in of a test
school, whose slots are made cheap, would re-hash its slot to the real costs and rewrite the key file.
"""

from __future__ import annotations

import sys

from desktop.app import main
from desktop.storage.vault import Vault
from tests.conftest import TEST_KDF

if __name__ == "__main__":
    Vault.minimum_kdf = TEST_KDF
    sys.exit(main(sys.argv[1:]))
