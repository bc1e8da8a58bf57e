// Fills the region and year pickers from the loaded feed and drives the shared selection.
const feedElement = document.getElementById('programme');
const regionPicker = document.getElementById('region');
const periodPicker = document.getElementById('period');

function fillPickers(feed) {
  const name = (region) => StatWidgets.textIn(region.name, document.documentElement.lang);
  const options = [];
  for (const region of feed.feed.regions) {
    if (region.level === 'district') continue;
    options.push(new Option(region.level === 'country' ? name(region) : `— ${name(region)}`, region.id));
    for (const child of feed.children(region.id)) {
      if (child.level === 'district') options.push(new Option(`    ${name(child)}`, child.id));
    }
  }
  regionPicker.replaceChildren(...options);
  regionPicker.value = feedElement.region;
  periodPicker.replaceChildren(...feed.periods.map((period) => new Option(period, period)).reverse());
  periodPicker.value = feedElement.period;
}

// The feed may have arrived before this script ran: use it, and listen for later changes.
if (feedElement.state?.feed) fillPickers(feedElement.state.feed);
feedElement.addEventListener('stat-feed-load', (event) => fillPickers(event.feed));

regionPicker.addEventListener('change', () => (feedElement.region = regionPicker.value));
periodPicker.addEventListener('change', () => (feedElement.period = periodPicker.value));

// The timeline inside sets the same selection: keep the year picker in step with it.
feedElement.addEventListener('stat-period-select', (event) => (periodPicker.value = event.period));
