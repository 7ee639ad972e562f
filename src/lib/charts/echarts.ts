import { BarChart, LineChart } from 'echarts/charts';
import {
	DataZoomComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	GridComponent,
	LegendComponent,
	TooltipComponent,
	TitleComponent,
	MarkLineComponent,
	DataZoomComponent,
	CanvasRenderer
]);

/** ECharts with only the parts this app uses (keeps the bundle small). */
export { echarts };
