.PHONY: run test
run:  ## install, load the demo and serve on http://127.0.0.1:8000
	bash scripts/run.sh
test:  ## install and run every check and test
	bash scripts/test.sh
