// The bureau's dashboard. Every call goes to the gateway's /dashboard/api/reports/**, which relays the signed-in
// user's token to reporting: this script sees the session cookie only, never a token.
'use strict';

const API = '/dashboard/api/reports';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EXCEL = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIRST_YEAR = 2015;
const SERIES_YEARS = 5;
// Flows rather than stocks: the latest year in which any of them moved is the year the dashboard opens on.
const ACTIVITY_CODES = ['enterprise.hightech.new', 'talent.teams.landed', 'techmarket.contracts.count'];
const DEFAULT_CHART_CODE = 'enterprise.hightech.new';

const state = { year: null, indicators: [], chartCode: null, charts: {}, names: {} };

const $ = (selector) => document.querySelector(selector);

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function api(path, accept = 'application/json') {
  const response = await fetch(API + path, { headers: { Accept: accept }, credentials: 'same-origin' });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch (ignored) {
      // not a problem document
    }
    throw new ApiError(response.status, detail);
  }
  return response;
}

const json = async (path) => (await api(path)).json();

function showStatus(message) {
  $('#status').textContent = message || '';
}

function failed(error) {
  if (error instanceof ApiError && error.status === 401) {
    showStatus('登录已过期，请刷新页面重新登录。');
  } else {
    showStatus('加载失败：' + error.message);
  }
  console.error(error);
}

// Amounts in yuan read as 亿元 or 万元, like the bureau's own report; counts and ratios as they are.
function display(value, unit) {
  if (value === null || value === undefined) {
    return { text: '—', unit };
  }
  const number = Number(value);
  if (unit === '元' && Math.abs(number) >= 1e8) {
    return { text: (number / 1e8).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), unit: '亿元' };
  }
  if (unit === '元' && Math.abs(number) >= 1e4) {
    return { text: (number / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), unit: '万元' };
  }
  return { text: number.toLocaleString('zh-CN', { maximumFractionDigits: 2 }), unit };
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  return td;
}

async function session() {
  const me = await (await fetch('/dashboard/session', { credentials: 'same-origin' })).json();
  $('#user').textContent = '当前用户：' + me.user;
  const csrf = $('#csrf');
  csrf.name = me.csrf.parameterName;
  csrf.value = me.csrf.token;
}

async function latestActiveYear() {
  const thisYear = new Date().getFullYear();
  const from = Math.max(FIRST_YEAR, thisYear - 9);
  const series = await Promise.all(ACTIVITY_CODES.map((code) =>
    json(`/indicators/${encodeURIComponent(code)}/series?from=${from}&to=${thisYear}`).catch(() => ({ points: [] }))));
  const active = series.flatMap((s) => s.points).filter((p) => Number(p.value) > 0).map((p) => p.year);
  return active.length ? Math.max(...active) : thisYear - 1;
}

async function years() {
  const requested = Number(new URLSearchParams(location.search).get('year'));
  const chosen = requested >= FIRST_YEAR ? requested : await latestActiveYear();
  const select = $('#year');
  const last = Math.max(new Date().getFullYear(), chosen);
  for (let year = last; year >= FIRST_YEAR; year--) {
    select.add(new Option(year + '年', String(year), false, year === chosen));
  }
  select.addEventListener('change', () => {
    history.replaceState(null, '', '?year=' + select.value);
    load(Number(select.value)).catch(failed);
  });
  return chosen;
}

function indicatorTable(report) {
  const body = $('#indicator-table tbody');
  body.replaceChildren();
  for (const indicator of report.indicators) {
    const row = body.insertRow();
    row.dataset.code = indicator.code;
    cell(row, indicator.name);
    const shown = display(indicator.value, indicator.unit);
    const valueCell = row.insertCell();
    valueCell.className = 'number';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'value';
    button.dataset.code = indicator.code;
    button.textContent = shown.text;
    button.title = '查看来源';
    button.addEventListener('click', () => provenance(indicator).catch(failed));
    valueCell.append(button);
    cell(row, shown.unit);
    cell(row, indicator.target === undefined || indicator.target === null ? '—' : display(indicator.target, indicator.unit).text, 'number');
    const progress = indicator.progress;
    const progressCell = cell(row, progress === undefined || progress === null ? '—' : Number(progress).toFixed(2) + '%', 'number');
    if (progress !== undefined && progress !== null) {
      progressCell.classList.add(Number(progress) >= 100 ? 'met' : 'missed');
    }
  }
  $('#as-of').textContent = '截至 ' + new Date(report.asOf).toLocaleString('zh-CN');
}

function chartCodes(report) {
  const select = $('#chart-code');
  const previous = state.chartCode || DEFAULT_CHART_CODE;
  select.replaceChildren();
  for (const indicator of report.indicators.filter((i) => i.unit !== '%')) {
    select.add(new Option(indicator.name, indicator.code, false, indicator.code === previous));
  }
  state.chartCode = select.value;
}

// Every chart is drawn at once, without ECharts' animation: what the page shows (and a picture taken of it) is the
// whole figure, never a frame on the way.
function chart(id) {
  if (!state.charts[id]) {
    state.charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    window.addEventListener('resize', () => state.charts[id].resize());
  }
  return state.charts[id];
}

function message(id, text) {
  const c = chart(id);
  c.clear();
  c.setOption({ animation: false, title: { text, left: 'center', top: 'middle', textStyle: { fontSize: 13, color: '#667', fontWeight: 'normal' } } });
}

function unitOf(code) {
  const indicator = state.indicators.find((i) => i.code === code);
  return indicator ? indicator.unit : '';
}

async function breakdown(by, id, draw) {
  const code = state.chartCode;
  const indicator = state.indicators.find((i) => i.code === code);
  if (indicator && Number(indicator.value) === 0) {
    message(id, '本年度暂无数据');
    return;
  }
  try {
    const rows = (await json(`/indicators/${encodeURIComponent(code)}?year=${state.year}&by=${by}`)).rows;
    rows.forEach((r) => { state.names[r.key] = r.name; });
    if (rows.every((r) => Number(r.value) === 0)) {
      message(id, '本年度暂无数据');
    } else {
      chart(id).clear();
      chart(id).setOption({ animation: false, ...draw(rows, unitOf(code)) });
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      message(id, by === 'district' ? '该指标为全市口径，无区县分布' : '该指标无产业分布');
    } else {
      throw error;
    }
  }
}

function districtRanking(rows, unit) {
  const ranked = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 10, right: 40, top: 10, bottom: 30, containLabel: true },
    xAxis: { type: 'value', name: unit },
    yAxis: { type: 'category', data: ranked.map((r) => r.name) },
    series: [{ type: 'bar', data: ranked.map((r) => ({ value: Number(r.value), key: r.key })), label: { show: true, position: 'right' }, itemStyle: { color: '#1f4e8c' } }],
  };
}

function industryShares(rows) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map((r) => ({ name: r.name, value: Number(r.value) })), label: { formatter: '{b}\n{d}%' } }],
  };
}

async function series() {
  const code = state.chartCode;
  const from = Math.max(FIRST_YEAR, state.year - SERIES_YEARS + 1);
  const points = (await json(`/indicators/${encodeURIComponent(code)}/series?from=${from}&to=${state.year}`)).points;
  chart('series-chart').clear();
  chart('series-chart').setOption({
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (items) => {
        const point = points[items[0].dataIndex];
        const yoy = point.yoy === undefined || point.yoy === null ? '' : `，同比 ${Number(point.yoy).toFixed(2)}%`;
        return `${point.year}年：${display(point.value, unitOf(code)).text}${display(point.value, unitOf(code)).unit}${yoy}`;
      },
    },
    grid: { left: 10, right: 30, top: 30, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.year + '年') },
    yAxis: { type: 'value', name: unitOf(code) },
    series: [{ type: 'line', data: points.map((p) => (p.value === null ? null : Number(p.value))), label: { show: true }, areaStyle: { opacity: 0.15 }, itemStyle: { color: '#1f4e8c' } }],
  });
}

async function charts() {
  await Promise.all([
    breakdown('district', 'district-chart', districtRanking),
    breakdown('industry', 'industry-chart', industryShares),
    series(),
  ]);
}

async function provenance(indicator, district) {
  const query = `year=${state.year}` + (district ? `&district=${district.key}` : '');
  const facts = await json(`/indicators/${encodeURIComponent(indicator.code)}/facts?${query}`);
  document.querySelectorAll('#indicator-table tr.selected').forEach((r) => r.classList.remove('selected'));
  const row = document.querySelector(`#indicator-table tr[data-code="${CSS.escape(indicator.code)}"]`);
  if (row) {
    row.classList.add('selected');
  }
  const shown = display(facts.value, indicator.unit);
  $('#provenance-title').textContent = `${indicator.name}（${state.year}年${district ? '，' + district.name : ''}）`;
  $('#provenance-summary').textContent = facts.facts.length
    ? `${shown.text}${shown.unit}，由以下 ${facts.facts.length} 条事实得出（每条为平台上的一个领域事件）。`
    : `${shown.text}${shown.unit}，由统计数据或比率计算得出，无逐条事实。`;
  const body = $('#facts-table tbody');
  body.replaceChildren();
  for (const fact of facts.facts) {
    const r = body.insertRow();
    cell(r, fact.businessDate || '');
    cell(r, fact.subject || '');
    cell(r, fact.district ? state.names[fact.district] || fact.district : '—');
    cell(r, fact.industry ? state.names[fact.industry] || fact.industry : '—');
    cell(r, fact.amount === undefined || fact.amount === null ? '' : Number(fact.amount).toLocaleString('zh-CN', { minimumFractionDigits: 2 }), 'number');
    cell(r, (fact.type || '').replace(/^cn\.wuhu\.sti\./, ''));
    cell(r, fact.eventId || '');
  }
  const section = $('#provenance');
  section.hidden = false;
  section.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

async function summary() {
  const text = await (await api(`/summary?year=${state.year}`, 'text/markdown')).text();
  const target = $('#summary-text');
  target.replaceChildren();
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l.length)) {
    const heading = line.match(/^#+\s*(.*)$/);
    const element = document.createElement(heading ? 'h3' : 'p');
    element.textContent = heading ? heading[1] : line;
    target.append(element);
  }
  $('#summary').hidden = false;
  $('#summary').scrollIntoView({ behavior: 'smooth', block: 'start' });
}

async function download(path, accept, filename) {
  const blob = await (await api(path, accept)).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

async function load(year) {
  state.year = year;
  showStatus('');
  $('#provenance').hidden = true;
  $('#summary').hidden = true;
  const report = await json(`/indicators?year=${year}`);
  state.indicators = report.indicators;
  indicatorTable(report);
  chartCodes(report);
  await charts();
  document.body.dataset.loadedYear = String(year);
}

async function start() {
  $('#show-summary').addEventListener('click', () => summary().catch(failed));
  $('#download-word').addEventListener('click', () =>
    download(`/summary?year=${state.year}`, WORD, `芜湖市科技局${state.year}年工作总结.docx`).catch(failed));
  $('#download-excel').addEventListener('click', () =>
    download(`/indicators?year=${state.year}`, EXCEL, `芜湖市科技局${state.year}年指标.xlsx`).catch(failed));
  $('#chart-code').addEventListener('change', (event) => {
    state.chartCode = event.target.value;
    charts().catch(failed);
  });
  await session();
  const year = await years();
  await load(year);
  chart('district-chart').on('click', (params) => {
    const indicator = state.indicators.find((i) => i.code === state.chartCode);
    if (indicator && params.data && params.data.key) {
      provenance(indicator, { key: params.data.key, name: params.name }).catch(failed);
    }
  });
}

start().catch(failed);
