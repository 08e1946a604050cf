window.hostLoads = [];
document.addEventListener('cw-load', (event) => window.hostLoads.push(event.detail));

// Your own role data, set as a property once it arrives.
const response = await fetch('./role.json');
document.getElementById('band').roleData = await response.json();
