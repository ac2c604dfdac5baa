/** Five programs computed by hand (2024): see the comments of each case below. */
export const GOVERNANCE = `apiVersion: smartcity/v1
kind: DimensionStrategy
dimension: governance
goal: Layanan publik yang cepat dan terpadu.
programs:
  - id: gov-01
    name: Portal layanan terpadu
    element: service
    lead: diskominfo
    horizon: short
    budget:
      - {year: 2024, amount: 100000000, source: APBD}
    indicators:
      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}
  - id: gov-02
    name: Sistem perizinan
    element: policy
    lead: bappeda
    horizon: short
    budget:
      - {year: 2024, amount: 200000000, source: APBD}
      - {year: 2024, amount: 50000000, source: DAK}
      - {year: 2025, amount: 70000000, source: APBD}
    indicators:
      - {name: Waktu layanan, unit: hari, baseline: 10, target: 4, polarity: down}
  - id: gov-03
    name: Pusat data
    element: service
    lead: diskominfo
    horizon: short
    budget:
      - {year: 2024, amount: 300000000, source: APBD}
  - id: gov-04
    name: Kebijakan satu data
    element: policy
    lead: bappeda
    horizon: short
    budget:
      - {year: 2024, amount: 150000000, source: DAK}
    indicators:
      - {name: Dokumen kebijakan, target: Perbup ditetapkan}
      - {name: Desa tanpa sinyal, unit: desa, baseline: 12, target: 0, polarity: down}
      - {name: Keluhan, unit: laporan, baseline: 5, target: 3, polarity: down}
  - id: gov-05
    name: Dasbor pimpinan
    element: service
    lead: diskominfo
    horizon: medium
    budget:
      - {year: 2025, amount: 80000000, source: APBD}
`;

export const PROGRESS = `apiVersion: smartcity/v1
kind: Progress
year: 2024
as_of: 2025-02-01
programs:
  - program: gov-01
    status: on_track
    realized: [{amount: 90000000, source: APBD}]
    indicators:
      - {name: Layanan daring, actual: 12}
  - program: gov-02
    status: cancelled
    realized: []
    indicators:
      - {name: Waktu layanan, actual: 5}
    obstacles: [Anggaran dialihkan & ditunda]
  - program: gov-04
    status: done
    realized: [{amount: 160000000, source: DAK}]
    indicators:
      - {name: Dokumen kebijakan, actual: Perbup Nomor 5 Tahun 2024}
      - {name: Desa tanpa sinyal, actual: 3}
      - {name: Keluhan, actual: 10}
quick_wins:
  - quick_win: qw-portal
    status: done
    realized: {amount: 50000000, source: APBD}
    indicators:
      - {name: Layanan daring, actual: 11}
assessment:
  scores: {output: 3.33, outcome: 2.67}
  weights: {output: 50, outcome: 50}
  previous_index: 3.1
`;

/**
 * 2025: gov-01 is reported without a planned amount (listed, counted in no ratio), gov-02 is
 * planned (70 million) but not reported, gov-05 is done (80 of 80 million).
 */
export const PROGRESS_2025 = `apiVersion: smartcity/v1
kind: Progress
year: 2025
programs:
  - program: gov-01
    status: on_track
    realized: [{amount: 10000000, source: APBD}]
  - program: gov-05
    status: done
    realized: [{amount: 80000000, source: APBD}]
`;
