// Transitions per second of @flowhall/engine and bpmn-engine on the same flow: start, four user
// approval steps in a row, end. One transition = one approval moving the case to the next step.
// Plain Node over the build (`../dist`): run `npx tsc -b packages/schema packages/engine` first.
// Note: each bpmn-engine case parses its BPMN XML (that is how it starts a process); ours gets the
// definition as JSON already parsed, which the server also has in hand.
'use strict';
const { EventEmitter } = require('events');
const { createEngine, createMemoryOrgDirectory } = require('../dist');

const STEPS = 4;
const CASES = Number(process.env.BENCH_CASES || 500);

const definition = {
  key: 'bench',
  version: 1,
  name: 'Four-step approval',
  form: { type: 'object', properties: { title: { type: 'string' } } },
  flow: {
    nodes: [
      { id: 'start', type: 'start', properties: {} },
      ...Array.from({ length: STEPS }, (_, i) => ({
        id: `step${i + 1}`,
        type: 'approval',
        properties: { assignees: [{ type: 'users', users: [`approver${i + 1}`] }] },
      })),
      { id: 'end', type: 'end', properties: {} },
    ],
    edges: ['start', ...Array.from({ length: STEPS }, (_, i) => `step${i + 1}`), 'end']
      .slice(0, -1)
      .map((from, i, all) => ({ id: `e${i}`, sourceNodeId: from, targetNodeId: all[i + 1] || 'end' })),
  },
};

const bpmnSource = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="approval" isExecutable="true">
    <startEvent id="start" />
    ${Array.from({ length: STEPS }, (_, i) => `<userTask id="step${i + 1}" />`).join('\n    ')}
    <endEvent id="end" />
    ${['start', ...Array.from({ length: STEPS }, (_, i) => `step${i + 1}`), 'end']
      .slice(0, -1)
      .map(
        (from, i, all) =>
          `<sequenceFlow id="f${i}" sourceRef="${from}" targetRef="${all[i + 1] || 'end'}" />`,
      )
      .join('\n    ')}
  </process>
</definitions>`;

function runOurs(cases) {
  const engine = createEngine({ org: createMemoryOrgDirectory({}) });
  let transitions = 0;
  const t0 = process.hrtime.bigint();
  for (let c = 0; c < cases; c += 1) {
    let r = engine.start(definition, {
      caseId: `c${c}`,
      applicant: { id: 'a', deptId: 'd' },
      at: '2024-03-01T08:00:00.000Z',
    });
    for (let s = 0; s < STEPS; s += 1) {
      const task = r.state.tasks.find((t) => t.status === 'pending');
      r = engine.act(definition, r.state, {
        type: 'approve',
        actor: task.assignee,
        taskId: task.id,
        at: '2024-03-01T09:00:00.000Z',
      });
      if (!r.ok) throw new Error(r.message);
      transitions += 1;
    }
    if (r.state.status !== 'approved') throw new Error('case did not finish');
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { transitions, seconds, perSecond: transitions / seconds };
}

async function runBpmn(cases, Engine) {
  let transitions = 0;
  const t0 = process.hrtime.bigint();
  for (let c = 0; c < cases; c += 1) {
    const engine = new Engine({ name: `c${c}`, source: bpmnSource });
    const listener = new EventEmitter();
    listener.on('wait', (api) => {
      transitions += 1;
      api.signal({ approved: true });
    });
    await new Promise((resolve, reject) => {
      engine.once('end', resolve);
      engine.once('error', reject);
      engine.execute({ listener }).catch(reject);
    });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { transitions, seconds, perSecond: transitions / seconds };
}

async function main() {
  const bpmn = await import('bpmn-engine');
  const Engine = bpmn.Engine || (bpmn.default && bpmn.default.Engine);
  // Warm both up so the JIT compares steady states.
  runOurs(200);
  await runBpmn(50, Engine);
  const ours = runOurs(CASES);
  const theirs = await runBpmn(CASES, Engine);
  if (theirs.transitions !== CASES * STEPS)
    throw new Error(`bpmn-engine made ${theirs.transitions} transitions`);
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`flow: ${STEPS} user approval steps in a row, ${CASES} cases each`);
  console.log(
    `@flowhall/engine : ${fmt(ours.perSecond)} transitions/s (${ours.transitions} in ${ours.seconds.toFixed(2)} s)`,
  );
  console.log(
    `bpmn-engine      : ${fmt(theirs.perSecond)} transitions/s (${theirs.transitions} in ${theirs.seconds.toFixed(2)} s)`,
  );
  console.log(`ratio            : ${(ours.perSecond / theirs.perSecond).toFixed(1)}x (target: at least 20x)`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
