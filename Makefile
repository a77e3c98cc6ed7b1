# The two commands of the README, and the steps behind them.
SWIFT ?= swift
BIN = .build/release/praatplaat
EXAMPLES = $(wildcard examples/*.yaml)

.PHONY: demo test deps test-deps build release clean fuzz schema bench gemeenten gemeenten-1000 pictures

## make demo: install what is missing, build a release binary, render examples/ into output/ and their site into output/site/
demo: deps release
	$(BIN) render $(EXAMPLES) --out output
	$(BIN) site examples --out output/site

## make test: install what the tests need, then run every test
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --no-parallel

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test
	@scripts/install-browser-tools.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product praatplaat

clean:
	rm -rf .build output/*.pdf output/*.svg output/*.png

## make bench: speed on a release build: hostile inputs end within 2 s; stage times of the flagship, the Cairo floor and a 1,000-row batch (bench/results.json)
bench: release
	$(SWIFT) build -c release --product praatplaat-bench
	scripts/bench.sh

## make pictures: redraw the pictures in README.md and docs/ from the examples
pictures: build
	scripts/docs-pictures.sh

## make gemeenten: the batch example, 12 fictional municipalities, with their site, into output/gemeenten/
gemeenten: release
	$(BIN) batch examples/gemeenten/factsheet.yaml --data examples/gemeenten/gemeenten.csv --name-column gemeente --out output/gemeenten --site

## make gemeenten-1000: 1,000 generated rows (sample data) into output/gemeenten-1000/
gemeenten-1000: release
	mkdir -p output/gemeenten-1000-data
	python3 examples/gemeenten/generate.py 1000 > output/gemeenten-1000-data/gemeenten.csv
	cp examples/gemeenten/factsheet.yaml examples/gemeenten/regio.geojson output/gemeenten-1000-data/
	python3 examples/gemeenten/data-files.py --data output/gemeenten-1000-data/gemeenten.csv --out output/gemeenten-1000-data --no-xlsx
	$(BIN) batch output/gemeenten-1000-data/factsheet.yaml --data output/gemeenten-1000-data/gemeenten.csv --name-column gemeente --out output/gemeenten-1000

## make fuzz: libFuzzer + AddressSanitizer over load, validate and layout (FUZZ_TIME seconds, default 300); FUZZ_TARGET=xlsx the .xlsx reader, FUZZ_TARGET=text the real text path (Pango, libhyphen, PDF/SVG/PNG)
fuzz:
	scripts/fuzz.sh

## make schema: write schema/praatplaat.schema.json and schema/praatplaat-theme.schema.json from the format's definitions
schema: build
	$(SWIFT) run -q praatplaat schema > schema/praatplaat.schema.json.tmp && mv schema/praatplaat.schema.json.tmp schema/praatplaat.schema.json
	$(SWIFT) run -q praatplaat schema --theme > schema/praatplaat-theme.schema.json.tmp && mv schema/praatplaat-theme.schema.json.tmp schema/praatplaat-theme.schema.json
