#!/usr/bin/env bash
# Refreshes translations/fedstudio_*.ts from the code (lupdate) and reports, per language, how
# many messages there are and which are still unfinished, and any finished translation that
# lost a placeholder (%1, %n), its & accelerator or an HTML tag. Run it after merging code
# that adds or changes user-visible strings, then fill the unfinished ones (translations/
# README.md: Qt Linguist, or `scripts/translations.py export/import` with a TSV).
#
#   scripts/update-translations.sh            update and report; exit 1 if anything is unfinished
#   scripts/update-translations.sh --check    report only, do not touch the .ts files
#   scripts/update-translations.sh --prune    update, dropping vanished messages too
set -euo pipefail
cd "$(dirname "$0")/.."

mode=update
prune=()
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --prune) prune=(-no-obsolete) ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "update-translations.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

LUPDATE=${LUPDATE:-$(command -v lupdate6 || true)}
[ -n "$LUPDATE" ] || LUPDATE=/usr/lib/qt6/bin/lupdate
[ -x "$LUPDATE" ] || { echo "update-translations.sh: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }

# The same sources as translations/CMakeLists.txt (FED_I18N_SOURCES).
mapfile -t sources < <(find ui ledger-viewer app/fedstudio -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
ts_files=(translations/fedstudio_de.ts translations/fedstudio_fr.ts translations/fedstudio_es.ts
          translations/fedstudio_zh_CN.ts)

if [ "$mode" = update ]; then
  # No source locations in the files: line numbers would change with every edit to the code
  # and make the .ts files conflict on every merge; Linguist shows the context (the class).
  "$LUPDATE" -silent -locations none "${prune[@]}" -I . "${sources[@]}" -ts "${ts_files[@]}"
  # English, the source language, only needs the plural forms of the %n messages.
  "$LUPDATE" -silent -locations none -pluralonly "${prune[@]}" -I . "${sources[@]}" \
    -ts translations/fedstudio_en.ts
fi
ts_files+=(translations/fedstudio_en.ts)

status=0
python3 scripts/translations.py check "${ts_files[@]}" || status=1
python3 scripts/translations.py stats --list "${LIST:-15}" "${ts_files[@]}" || status=1
exit $status
