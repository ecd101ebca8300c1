import sys

from assistant.run import main

sys.exit(main())
