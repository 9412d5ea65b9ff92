from mechgraph.cli import run

run()
