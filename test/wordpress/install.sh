#!/usr/bin/env bash
# What the WordPress plugin's tests need on a Debian machine: WordPress 6.1 (Debian's package, its
# default theme), MariaDB, PHP with the extensions WordPress uses, and zip/unzip for the plugin's zip. Installs
# only what is missing; run as root (CI). The tests start their own private MariaDB and
# `php -S`, so no service needs to run.
set -euo pipefail

packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-curl php-xml php-mbstring zip unzip)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
