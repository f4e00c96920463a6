// Synthetic graphs for the browser test and the browser benchmark.

// 700 entities, 500 events, 800 edges; activity is skewed.
export function twoThousandElements() {
  const nodes = [], edges = [];
  const types = ['person', 'organization', 'country', 'location', 'group'];
  const evTypes = ['meeting', 'statement', 'summit', 'proposal', 'call'];
  for (let i = 0; i < 700; i++) nodes.push({ data: { id: 'e' + (100000 + i), kind: 'entity', type: types[i % 5], label: 'Entity ' + i, name: 'Entity ' + i, country: ['RUS', 'USA', 'UKR'][i % 3] } });
  for (let i = 0; i < 500; i++) nodes.push({ data: { id: 'v' + (100000 + i), kind: 'event', type: evTypes[i % 5], label: 'event ' + i, date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` } });
  for (let i = 0; i < 800; i++) {
    const s = 100000 + (i < 500 ? i % 700 : Math.floor(Math.sqrt(i * 97) % 50)), t = 100000 + (i % 500);
    edges.push({ data: { id: `g${i}`, source: 'e' + s, target: 'v' + t, role: 'participant' } });
  }
  return { nodes, edges };
}
