import sys

from speechwriter.cli import main

sys.exit(main())
