import { mountExtensionPage } from '@/components/extension-page';
import { ReportsApp } from './ReportsApp';
import '@/components/styles.css';
import '@/components/reports/reports.css';

mountExtensionPage(<ReportsApp />);
