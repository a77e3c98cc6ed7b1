#!/usr/bin/env bash
# Installs the Debian packages Praatplaat needs and that are missing: Cairo, Pango, fontconfig,
# the Inter font, and (with --test) the tools the tests read PDFs with and the JSON Schema
# validator (python3-jsonschema) that checks examples against the schema, and the browser,
# driver and Java the site's tests use. Idempotent; needs root
# (or sudo) only when something is missing.
set -euo pipefail

packages=(pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev librsvg2-dev libdeflate-dev libharfbuzz-dev libxml2 libhyphen-dev hyphen-nl hyphen-en-us wdutch fontconfig fonts-inter fonts-lato)
if [ "${1:-}" = "--test" ]; then
  # The site's tests: a real browser and its driver, Java for the Nu HTML Checker, and venv for
  # the Python tools scripts/install-browser-tools.sh installs from PyPI.
  packages+=(poppler-utils qpdf libxml2 libxml2-utils fonts-dejavu-core python3 python3-yaml python3-jsonschema python3-venv
             chromium chromium-driver openjdk-17-jre-headless)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root, or install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
