import { fundingSource } from '../../../src/validate/rules/funding-source.js';
import { ruleTester } from '../../_helpers/project.js';

const PROGRESS = 'apiVersion: smartcity/v1\nkind: Progress\nyear: 2024\nprograms:\n  - program: gov-01\n    status: on_track\n    realized: [{amount: 1, source: APDB}]\nquick_wins:\n  - {quick_win: qw-portal, status: done, realized: {amount: 1, source: Hibah}}\n';

ruleTester(fundingSource, {
  valid: [
    { name: 'the default sources' },
    { name: 'custom sources', patch: { 'smartcity.yaml': [['period:', 'funding_sources: [APBD, Hibah]\nperiod:']], 'quick-wins.yaml': [['source: APBD', 'source: Hibah']] } },
  ],
  invalid: [
    {
      name: 'SC3008 in a program budget, a quick win budget and Progress',
      patch: { 'governance.yaml': [['source: APBD', 'source: apbd kab']], 'quick-wins.yaml': [['source: APBD', 'source: Dana Desa']], 'progress.yaml': PROGRESS },
      expected: [
        { code: 'SC3008', at: 'governance.yaml:13:49', data: { value: 'apbd kab', allowed: 'APBD, APBD Provinsi, APBN, DAK, CSR, KPBU, Swasta, Lainnya' }, suggestion: 'APBD' },
        { code: 'SC3008', at: 'progress.yaml:7:36', data: { value: 'APDB', allowed: 'APBD, APBD Provinsi, APBN, DAK, CSR, KPBU, Swasta, Lainnya' }, suggestion: 'APBD' },
        { code: 'SC3008', at: 'progress.yaml:9:72', data: { value: 'Hibah', allowed: 'APBD, APBD Provinsi, APBN, DAK, CSR, KPBU, Swasta, Lainnya' } },
        { code: 'SC3008', at: 'quick-wins.yaml:11:40', data: { value: 'Dana Desa', allowed: 'APBD, APBD Provinsi, APBN, DAK, CSR, KPBU, Swasta, Lainnya' } },
      ],
    },
    {
      name: 'SC3021 a source listed twice names the first',
      patch: { 'smartcity.yaml': [['period:', 'funding_sources: [APBD, CSR, APBD]\nperiod:']] },
      expected: [{ code: 'SC3021', at: 'smartcity.yaml:4:30', data: { value: 'APBD' }, related: ['smartcity.yaml:4:19'] }],
    },
  ],
});
