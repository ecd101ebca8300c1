import sys

from assistant.apps.cli import main

sys.exit(main())
