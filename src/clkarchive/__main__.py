from clkarchive.cli import main

main()
