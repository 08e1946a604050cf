import 'career-widgets/salary-band.js';
