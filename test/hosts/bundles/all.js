import 'career-widgets';
