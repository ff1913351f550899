"""``python -m ratsparse`` and the ``ratsparse`` console script."""

from ratsparse.cli import main

if __name__ == "__main__":
    main()
