"""``python -m api.cli``: the same as the ``diplograph`` console script."""

from api.cli import main

main()
