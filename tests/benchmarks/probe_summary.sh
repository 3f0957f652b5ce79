#!/bin/bash
# The summary lines of every hand-written probe module (made-up data only): names leaked and clean words
# removed (name_probe.py), places found and no-PII words removed (place_probe.py), clean words removed per
# language (clean_probe.py), and the Arabic probes. Run from the checkout root:
#     bash tests/benchmarks/probe_summary.sh > before.txt   (change)   ... > after.txt; diff before.txt after.txt
export LITELLM_LOCAL_MODEL_COST_MAP=True TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" HF_HUB_OFFLINE=1
P=.venv/bin/python
for m in name_probes name_probes_lower name_probes_swtr name_probes_swtr_check round6_check round7_check round8_check; do
  echo "== name_probe $m"; $P tests/benchmarks/name_probe.py --probes $m 2>/dev/null | grep -E '^(name tokens|clean words)'
done
for m in place_probes place_probes_gp place_probes_gp_check place_probes_romance street_probes street_probes_usps street_probes_usps_check round6_check round7_check round8_check; do
  echo "== place_probe $m"; $P tests/benchmarks/place_probe.py --probes $m 2>/dev/null | grep -E '^(places found|no-PII)'
done
for m in clean_probes clean_probes_2 clean_probes_3 clean_probes_3_check; do
  echo "== clean_probe $m"; $P tests/benchmarks/clean_probe.py --probes $m 2>/dev/null | grep -E '^([a-z][a-z] [0-9]+/[0-9]+|named)' | tr '\n' ' '; echo
done
echo "== arabic_probe"; $P tests/benchmarks/arabic_probe.py 2>/dev/null | tail -4
