import sys

from hrdcase.cli import main

sys.exit(main())
