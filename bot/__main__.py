"""`python -m bot` runs the CLI."""

from bot.delivery.cli import main

main()
