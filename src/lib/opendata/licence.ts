/** Every dataset, feed and the catalogue are published under one licence. */
export const LICENSE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
