import { budgetTotal } from '../../../src/validate/rules/budget-total.js';
import { ruleTester } from '../../_helpers/project.js';

ruleTester(budgetTotal, {
  valid: [
    { name: 'the minimal project' },
    { name: 'exactly the largest safe integer', patch: { 'governance.yaml': [['amount: 100000000', 'amount: 9007199204740991']] } },
  ],
  invalid: [
    {
      name: 'SC3019 at the amount where the running total overflows',
      patch: { 'governance.yaml': [['amount: 100000000', 'amount: 9007199254740991']] },
      expected: [{ code: 'SC3019', at: 'quick-wins.yaml:11:22', data: { total: '9007199304740991' } }],
    },
  ],
});
